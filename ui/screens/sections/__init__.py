"""Parts of pages that act on the published plan through the service (cancellations, the
waiting list, letters, case deadlines), and the confirmation dialog pages share. Not pages
themselves: the pages call them."""
