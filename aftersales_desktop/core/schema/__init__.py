"""The steps of numbered schema migrations (core.migrations.MIGRATIONS), one module per landing.

Each step is plain SQL written against the schema of its time, never against today's models, so an old file
upgrades the same way however the models change later.
"""
