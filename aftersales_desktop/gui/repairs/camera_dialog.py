"""Take a photo with the PC's camera (QtMultimedia). QtMultimedia is imported only when the dialog is opened: the
module is optional (the shop bundle leaves it out, and it needs the system's sound libraries), and
gui/repairs/photos.py enables the camera button only when it loads and finds a camera."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from aftersales_desktop.gui.repairs.photos import jpeg_bytes


class CameraDialog(QDialog):
    """The camera's picture live; 'Take photo' keeps one (`jpeg`) and closes."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        from PySide6.QtMultimedia import QCamera, QImageCapture, QMediaCaptureSession, QMediaDevices
        from PySide6.QtMultimediaWidgets import QVideoWidget

        super().__init__(parent)
        self.setWindowTitle(self.tr("Camera"))
        self.jpeg: bytes | None = None
        self.preview = QVideoWidget(self)
        self.preview.setMinimumSize(640, 480)
        self.status = QLabel(self)
        self.take = QPushButton(self.tr("&Take photo"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.take, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.session = QMediaCaptureSession(self)
        devices = QMediaDevices.videoInputs()
        self.camera = QCamera(devices[0], self) if devices else None
        self.capture = QImageCapture(self)
        self.session.setImageCapture(self.capture)
        self.session.setVideoOutput(self.preview)
        self.capture.imageCaptured.connect(lambda _id, image: self._keep(image))
        self.capture.errorOccurred.connect(lambda _id, _error, text: self.status.setText(text))
        self.take.clicked.connect(self.capture.capture)
        if self.camera is None:
            self.status.setText(self.tr("No camera found."))
            self.take.setEnabled(False)
        else:
            self.session.setCamera(self.camera)
            self.camera.errorOccurred.connect(lambda _error, text: self.status.setText(text))
            self.camera.start()

    def _keep(self, image) -> None:  # type: ignore[no-untyped-def]
        self.jpeg = jpeg_bytes(image)
        self.accept()

    def done(self, result: int) -> None:
        if self.camera is not None:
            self.camera.stop()
        super().done(result)
