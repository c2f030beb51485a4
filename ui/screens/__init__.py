"""The pages of the app, one file each: the navigation runs a page's file as a script, which
calls ``render(current())``; imported, a page module only defines its functions."""
