"""The PySide6 counter app: the only layer where Qt lives. It calls core services and holds no business rule."""
