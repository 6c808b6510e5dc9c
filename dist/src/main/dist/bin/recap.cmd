@echo off
rem recap launcher of the downloads, for Windows: runs io.recap.cli.Main from the jars in lib\ on
rem %JAVA_HOME%\bin\java.exe, else the java on the PATH (Java 17 or later). Builds nothing.
rem RECAP_JAVA_OPTS replaces the JVM options below. recap prints UTF-8: run "chcp 65001" first in a console.
setlocal
set "RECAP_HOME=%~dp0.."
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
if not defined RECAP_JAVA_OPTS set "RECAP_JAVA_OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
"%JAVA_EXE%" %RECAP_JAVA_OPTS% -cp "%RECAP_HOME%\lib\*" io.recap.cli.Main %*
exit /b %ERRORLEVEL%
