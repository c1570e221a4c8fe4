import groovy.json.JsonSlurper

def out = new File(basedir, 'target/datalayer-lint')
def report = new JsonSlurper().parse(new File(out, 'report.json'))
assert report.version == 2
assert report.summary.files == 3 : 'the excluded draft must not be read: ' + report.summary
assert report.summary.pushes == 6
assert report.summary.errors == 0
assert report.findings.isEmpty()
assert new File(out, 'report.txt').text.contains('0 problems')

def log = new File(basedir, 'build.log').text
assert log.contains('datalayer-lint: 3 files, 6 pushes: 0 errors, 0 warnings, 0 infos (fail level: error)')
assert log.contains('reports: target/datalayer-lint/report.json, target/datalayer-lint/report.txt')
assert !log.contains('not-yet.json')
