"""The store: SQLAlchemy models, mapping to the domain, repositories and migrations."""
