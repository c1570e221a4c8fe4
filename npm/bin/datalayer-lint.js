#!/usr/bin/env node
// datalayer-lint for npm users: runs the runnable jar in ../lib on a Java 21 or newer found on this machine.
// The search follows the shell launchers (.mvn/find-jdk.sh): JAVA_HOME when it is 21+, else the newest Java among
// the one on PATH and the usual JDK folders. A Java's version comes from its `release` file, without starting it.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const MINIMUM = 21;
const JAVA = process.platform === 'win32' ? 'java.exe' : 'java';

function javaOf(home) {
  const exe = path.join(home, 'bin', JAVA);
  return fs.existsSync(exe) ? exe : null;
}

function majorOf(home) {
  try {
    const release = fs.readFileSync(path.join(home, 'release'), 'utf8');
    const m = /^JAVA_VERSION="(\d+)(?:\.(\d+))?/m.exec(release);
    if (m) return m[1] === '1' ? Number(m[2] || 0) : Number(m[1]);
  } catch (e) {
    // no release file: ask the java itself below
  }
  const run = spawnSync(javaOf(home), ['-version'], { encoding: 'utf8' });
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${run.stderr || ''}${run.stdout || ''}`);
  if (!m) return 0;
  return m[1] === '1' ? Number(m[2] || 0) : Number(m[1]);
}

function homesOnPath() {
  const homes = [];
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const exe = path.join(dir, JAVA);
    try {
      homes.push(path.dirname(path.dirname(fs.realpathSync(exe))));
    } catch (e) {
      // not here
    }
  }
  return homes;
}

function homesInUsualFolders() {
  const homes = [];
  const folders = [
    ['/usr/lib/jvm', ''],
    ['/usr/local/lib/jvm', ''],
    ['/opt/java', ''],
    ['/Library/Java/JavaVirtualMachines', 'Contents/Home'],
    [path.join(os.homedir(), '.sdkman', 'candidates', 'java'), ''],
    ['C:\\Program Files\\Java', ''],
    ['C:\\Program Files\\Eclipse Adoptium', ''],
    ['C:\\Program Files\\Microsoft', ''],
    ['C:\\Program Files\\Zulu', ''],
  ];
  for (const [folder, inside] of folders) {
    let entries = [];
    try {
      entries = fs.readdirSync(folder);
    } catch (e) {
      continue;
    }
    for (const entry of entries) homes.push(path.join(folder, entry, inside));
  }
  return homes;
}

function findJava() {
  const javaHome = process.env.JAVA_HOME;
  if (javaHome && javaOf(javaHome)) {
    const major = majorOf(javaHome);
    if (major >= MINIMUM) return { java: javaOf(javaHome), major };
  }
  let best = null;
  let bestMajor = 0;
  for (const home of [...homesOnPath(), ...homesInUsualFolders()]) {
    if (!javaOf(home)) continue;
    const major = majorOf(home);
    if (major > bestMajor) {
      best = home;
      bestMajor = major;
    }
  }
  return bestMajor >= MINIMUM ? { java: javaOf(best), major: bestMajor } : null;
}

function main() {
  const found = findJava();
  if (!found) {
    process.stderr.write(
      `datalayer-lint needs Java ${MINIMUM} or newer and found none (JAVA_HOME, PATH, /usr/lib/jvm and other JDK ` +
        'folders): install one (e.g. Temurin 21 from https://adoptium.net, `brew install openjdk@21`, ' +
        '`apt-get install openjdk-21-jre`) and set JAVA_HOME to it.\n',
    );
    process.exit(2);
  }
  const { java, major } = found;
  const lib = path.join(__dirname, '..', 'lib');
  const jar = fs.readdirSync(lib).find((name) => /^datalayer-lint-.*\.jar$/.test(name));
  const options = ['-XX:+UseSerialGC', '-Xshare:auto', '--enable-native-access=ALL-UNNAMED'];
  if (major >= 24) options.push('--sun-misc-unsafe-memory-access=allow');
  const extra = (process.env.DATALAYER_LINT_JAVA_OPTS || '').split(/\s+/).filter(Boolean);
  const run = spawnSync(java, [...options, ...extra, '-jar', path.join(lib, jar), ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (run.error) {
    process.stderr.write(`datalayer-lint: could not start ${java}: ${run.error.message}\n`);
    process.exit(3);
  }
  if (run.signal) process.kill(process.pid, run.signal);
  process.exit(run.status);
}

main();
