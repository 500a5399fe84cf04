"""The domain layer: models, services, queries and rules. Never imports Qt."""
