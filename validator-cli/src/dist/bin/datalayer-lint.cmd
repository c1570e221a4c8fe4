@echo off
rem datalayer-lint, from the distribution archive: runs lib\datalayer-lint-<version>.jar on a Java 21 or newer,
rem taken from JAVA_HOME when set, else the java on PATH.
setlocal EnableExtensions
set "DLL_JAVA=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "DLL_JAVA=%JAVA_HOME%\bin\java.exe"
set "DLL_VERSION="
for /f "tokens=3" %%v in ('"%DLL_JAVA%" -version 2^>^&1 ^| findstr /i "version"') do set "DLL_VERSION=%%~v"
set "DLL_MAJOR=0"
if defined DLL_VERSION for /f "delims=.-+" %%m in ("%DLL_VERSION%") do set "DLL_MAJOR=%%m"
if %DLL_MAJOR% LSS 21 (
  echo datalayer-lint needs Java 21 or newer and found "%DLL_VERSION%" at %DLL_JAVA%: install one ^(for example Temurin 21 from https://adoptium.net^) and set JAVA_HOME to it. 1>&2
  exit /b 2
)
set "DLL_JAR="
for %%j in ("%~dp0..\lib\datalayer-lint-*.jar") do set "DLL_JAR=%%~fj"
set "DLL_OPTS=-XX:+UseSerialGC -Xshare:auto --enable-native-access=ALL-UNNAMED"
if %DLL_MAJOR% GEQ 24 set "DLL_OPTS=%DLL_OPTS% --sun-misc-unsafe-memory-access=allow"
"%DLL_JAVA%" %DLL_OPTS% %DATALAYER_LINT_JAVA_OPTS% -jar "%DLL_JAR%" %*
exit /b %ERRORLEVEL%
