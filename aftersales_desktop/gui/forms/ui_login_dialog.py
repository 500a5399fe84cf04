# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'login_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LoginDialog(object):
    def setupUi(self, LoginDialog):
        if not LoginDialog.objectName():
            LoginDialog.setObjectName(u"LoginDialog")
        LoginDialog.resize(420, 300)
        self.mainLayout = QVBoxLayout(LoginDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(28, 22, 28, 18)
        self.shopLabel = QLabel(LoginDialog)
        self.shopLabel.setObjectName(u"shopLabel")
        self.shopLabel.setText(u"-")
        self.shopLabel.setWordWrap(True)
        self.shopLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.shopLabel)

        self.introLabel = QLabel(LoginDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setProperty(u"role", u"subtitle")

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(10)
        self.staffLabel = QLabel(LoginDialog)
        self.staffLabel.setObjectName(u"staffLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.staffLabel)

        self.staff = QComboBox(LoginDialog)
        self.staff.setObjectName(u"staff")
        self.staff.setMinimumContentsLength(14)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.staff)

        self.secretLabel = QLabel(LoginDialog)
        self.secretLabel.setObjectName(u"secretLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.secretLabel)

        self.secret = QLineEdit(LoginDialog)
        self.secret.setObjectName(u"secret")
        self.secret.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.secret)


        self.mainLayout.addLayout(self.form)

        self.hintLabel = QLabel(LoginDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"role", u"hint")

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(LoginDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.signInButton = QPushButton(LoginDialog)
        self.signInButton.setObjectName(u"signInButton")

        self.buttonRow.addWidget(self.signInButton)

        self.cancelButton = QPushButton(LoginDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonRow)

#if QT_CONFIG(shortcut)
        self.staffLabel.setBuddy(self.staff)
        self.secretLabel.setBuddy(self.secret)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.staff, self.secret)
        QWidget.setTabOrder(self.secret, self.signInButton)
        QWidget.setTabOrder(self.signInButton, self.cancelButton)

        self.retranslateUi(LoginDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(LoginDialog)
    # setupUi

    def retranslateUi(self, LoginDialog):
        LoginDialog.setWindowTitle(QCoreApplication.translate("LoginDialog", u"Sign in", None))
        self.introLabel.setText(QCoreApplication.translate("LoginDialog", u"Who is at the counter?", None))
        self.staffLabel.setText(QCoreApplication.translate("LoginDialog", u"Name", None))
        self.secretLabel.setText(QCoreApplication.translate("LoginDialog", u"Password or PIN", None))
        self.hintLabel.setText("")
        self.errorLabel.setText("")
        self.signInButton.setText(QCoreApplication.translate("LoginDialog", u"Sign in", None))
        self.cancelButton.setText(QCoreApplication.translate("LoginDialog", u"Quit", None))
    # retranslateUi

