; Inno Setup 6 script: wraps the PyInstaller folder into one setup program for the shop's Windows PC.
;
;   1. On the Windows PC, in the repository:   py -3.11 -m venv .venv
;                                              .venv\Scripts\python -m pip install -e ".[bundle]"
;                                              .venv\Scripts\python -m PyInstaller --noconfirm --clean build_installer.spec
;   2. Then:                                   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" installer\aftersales-desktop.iss
;      -> installer\Output\aftersales-desktop-setup-<version>.exe
;
; The name and version are read from the built program's version resource, which build_installer.spec writes
; from the package (aftersales_desktop.APP_NAME / __version__): nothing to change here for a new release.
;
; Upgrades keep the data: the shop's database is not in the program folder but in the user's data folder
; (%LOCALAPPDATA%\AftersalesDesktop\aftersales-desktop). Installing a newer version over an older one replaces
; only the program; on its first start the new version backs the database up (backups\) and then migrates it.
; Uninstalling leaves the data folder alone.

#define DistDir  AddBackslash(SourcePath) + "..\dist\aftersales-desktop"
#define MainExe  "aftersales-desktop.exe"
#define CliExe   "aftersales-desktop-cli.exe"
#define AppName  GetStringFileInfo(DistDir + "\" + MainExe, "ProductName")
#define AppTitle GetStringFileInfo(DistDir + "\" + MainExe, "FileDescription")
#define AppVersion GetStringFileInfo(DistDir + "\" + MainExe, "ProductVersion")

#if AppName == ""
  #error Build the program first: py -m PyInstaller build_installer.spec (dist\aftersales-desktop\ is missing)
#endif

[Setup]
; AppId never changes: it is how a newer setup finds and replaces the installed older version.
AppId={{6B0C9F52-4D0E-4B7A-9C55-2E8A1F3D7A10}
AppName={#AppTitle}
AppVersion={#AppVersion}
AppVerName={#AppTitle} {#AppVersion}
AppPublisher={#AppTitle}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppTitle}
UninstallDisplayIcon={app}\{#MainExe}
OutputDir=Output
OutputBaseFilename={#AppName}-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; installs for all users by default (the counter PC may have several Windows accounts); may choose "just me"
PrivilegesRequiredOverridesAllowed=dialog
; a running copy holds the database open: ask to close it before its files are replaced
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(CompilerPath + "Languages\ChineseSimplified.isl")
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; the previous version's bundled libraries: removed first, so no stale DLL of an older Qt/Python is left behind
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppTitle}"; Filename: "{app}\{#MainExe}"
Name: "{autodesktop}\{#AppTitle}"; Filename: "{app}\{#MainExe}"; Tasks: desktopicon
Name: "{group}\{cm:UninstallProgram,{#AppTitle}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#MainExe}"; Description: "{cm:LaunchProgram,{#AppTitle}}"; Flags: nowait postinstall skipifsilent

; The console twin {#CliExe} (demo, backup, check, print, export-month) is installed beside it for the IT
; person and for scheduled tasks, e.g. a nightly backup:
;   schtasks /Create /SC DAILY /ST 21:00 /TN "aftersales backup" /TR "\"C:\Program Files\aftersales-desktop\aftersales-desktop-cli.exe\" backup"
