// A page written by 'datalayer-lint spec render ga4/refund' lints clean, and the build passes.
import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/datalayer-lint/spec/report.json'))
assert report.summary.files == 1
assert report.summary.errors == 0
assert report.summary.warnings == 0

def log = new File(basedir, 'build.log').text
assert log.contains('datalayer-lint: 1 file')
assert log.contains('BUILD SUCCESS')
