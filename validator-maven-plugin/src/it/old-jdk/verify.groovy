// Maven on a JDK older than 21: the goal says in one line which JDK it needs, and never dumps a class-version error.
def log = new File(basedir, 'build.log').text
assert log.contains('datalayer-lint needs Java 21 or newer, but Maven runs on Java 17')
assert log.contains('run Maven with a JDK 21+')
assert !log.contains('UnsupportedClassVersionError')
assert !log.contains('\tat ') : 'no stack trace'
assert !new File(basedir, 'target/datalayer-lint').exists()
