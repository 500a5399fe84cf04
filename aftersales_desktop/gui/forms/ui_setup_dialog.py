# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'setup_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_SetupDialog(object):
    def setupUi(self, SetupDialog):
        if not SetupDialog.objectName():
            SetupDialog.setObjectName(u"SetupDialog")
        SetupDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(SetupDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 18)
        self.titleLabel = QLabel(SetupDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty(u"role", u"title")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(SetupDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setProperty(u"role", u"subtitle")

        self.mainLayout.addWidget(self.introLabel)

        self.shopGroup = QGroupBox(SetupDialog)
        self.shopGroup.setObjectName(u"shopGroup")
        self.shopForm = QFormLayout(self.shopGroup)
        self.shopForm.setObjectName(u"shopForm")
        self.shopForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.shopForm.setHorizontalSpacing(12)
        self.shopForm.setVerticalSpacing(8)
        self.shopNameLabel = QLabel(self.shopGroup)
        self.shopNameLabel.setObjectName(u"shopNameLabel")

        self.shopForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.shopNameLabel)

        self.shopName = QLineEdit(self.shopGroup)
        self.shopName.setObjectName(u"shopName")
        self.shopName.setMaxLength(60)

        self.shopForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.shopName)

        self.addressLabel = QLabel(self.shopGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.shopForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.address = QLineEdit(self.shopGroup)
        self.address.setObjectName(u"address")
        self.address.setMaxLength(200)

        self.shopForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.address)

        self.phoneLabel = QLabel(self.shopGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.shopForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.shopGroup)
        self.phone.setObjectName(u"phone")
        self.phone.setMaxLength(30)

        self.shopForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone)


        self.mainLayout.addWidget(self.shopGroup)

        self.managerGroup = QGroupBox(SetupDialog)
        self.managerGroup.setObjectName(u"managerGroup")
        self.managerForm = QFormLayout(self.managerGroup)
        self.managerForm.setObjectName(u"managerForm")
        self.managerForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.managerForm.setHorizontalSpacing(12)
        self.managerForm.setVerticalSpacing(8)
        self.managerNameLabel = QLabel(self.managerGroup)
        self.managerNameLabel.setObjectName(u"managerNameLabel")

        self.managerForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.managerNameLabel)

        self.managerName = QLineEdit(self.managerGroup)
        self.managerName.setObjectName(u"managerName")
        self.managerName.setMaxLength(40)

        self.managerForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.managerName)

        self.passwordLabel = QLabel(self.managerGroup)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.managerForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.managerGroup)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.managerForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)

        self.password2Label = QLabel(self.managerGroup)
        self.password2Label.setObjectName(u"password2Label")

        self.managerForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password2Label)

        self.password2 = QLineEdit(self.managerGroup)
        self.password2.setObjectName(u"password2")
        self.password2.setEchoMode(QLineEdit.Password)

        self.managerForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password2)


        self.mainLayout.addWidget(self.managerGroup)

        self.errorLabel = QLabel(SetupDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(20, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setSpacing(8)
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.setUpButton = QPushButton(SetupDialog)
        self.setUpButton.setObjectName(u"setUpButton")

        self.buttonRow.addWidget(self.setUpButton)

        self.quitButton = QPushButton(SetupDialog)
        self.quitButton.setObjectName(u"quitButton")
        self.quitButton.setAutoDefault(False)

        self.buttonRow.addWidget(self.quitButton)


        self.mainLayout.addLayout(self.buttonRow)

        self.line = QFrame(SetupDialog)
        self.line.setObjectName(u"line")
        self.line.setFrameShape(QFrame.Shape.HLine)
        self.line.setFrameShadow(QFrame.Shadow.Sunken)

        self.mainLayout.addWidget(self.line)

        self.demoRow = QHBoxLayout()
        self.demoRow.setSpacing(12)
        self.demoRow.setObjectName(u"demoRow")
        self.demoHint = QLabel(SetupDialog)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)
        self.demoHint.setProperty(u"role", u"hint")

        self.demoRow.addWidget(self.demoHint)

        self.demoButton = QPushButton(SetupDialog)
        self.demoButton.setObjectName(u"demoButton")
        self.demoButton.setAutoDefault(False)

        self.demoRow.addWidget(self.demoButton)


        self.mainLayout.addLayout(self.demoRow)

#if QT_CONFIG(shortcut)
        self.shopNameLabel.setBuddy(self.shopName)
        self.addressLabel.setBuddy(self.address)
        self.phoneLabel.setBuddy(self.phone)
        self.managerNameLabel.setBuddy(self.managerName)
        self.passwordLabel.setBuddy(self.password)
        self.password2Label.setBuddy(self.password2)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.shopName, self.address)
        QWidget.setTabOrder(self.address, self.phone)
        QWidget.setTabOrder(self.phone, self.managerName)
        QWidget.setTabOrder(self.managerName, self.password)
        QWidget.setTabOrder(self.password, self.password2)
        QWidget.setTabOrder(self.password2, self.setUpButton)
        QWidget.setTabOrder(self.setUpButton, self.quitButton)
        QWidget.setTabOrder(self.quitButton, self.demoButton)

        self.retranslateUi(SetupDialog)

        self.setUpButton.setDefault(True)


        QMetaObject.connectSlotsByName(SetupDialog)
    # setupUi

    def retranslateUi(self, SetupDialog):
        SetupDialog.setWindowTitle(QCoreApplication.translate("SetupDialog", u"Set up the service counter", None))
        self.titleLabel.setText(QCoreApplication.translate("SetupDialog", u"Welcome to the service counter", None))
        self.introLabel.setText(QCoreApplication.translate("SetupDialog", u"Enter your shop's details and the manager's account. The shop's name, address and phone are printed on every voucher and receipt.", None))
        self.shopGroup.setTitle(QCoreApplication.translate("SetupDialog", u"The shop", None))
        self.shopNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Shop name", None))
        self.addressLabel.setText(QCoreApplication.translate("SetupDialog", u"Address", None))
        self.phoneLabel.setText(QCoreApplication.translate("SetupDialog", u"Phone", None))
        self.managerGroup.setTitle(QCoreApplication.translate("SetupDialog", u"The manager's account", None))
        self.managerNameLabel.setText(QCoreApplication.translate("SetupDialog", u"Manager's name", None))
        self.passwordLabel.setText(QCoreApplication.translate("SetupDialog", u"Password or PIN", None))
        self.password2Label.setText(QCoreApplication.translate("SetupDialog", u"Once more", None))
        self.errorLabel.setText("")
        self.setUpButton.setText(QCoreApplication.translate("SetupDialog", u"Set up the shop", None))
        self.quitButton.setText(QCoreApplication.translate("SetupDialog", u"Quit", None))
        self.demoHint.setText(QCoreApplication.translate("SetupDialog", u"Just looking? Open a demo shop with three months of example calls, repairs and parts.", None))
        self.demoButton.setText(QCoreApplication.translate("SetupDialog", u"Open the demo shop", None))
    # retranslateUi

