import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/datalayer-lint/report.json'))
assert report.summary.errors == 1
assert report.findings.size() == 1
def finding = report.findings[0]
assert finding.file == 'src/test/datalayer/refund.json'
assert finding.line == 3
assert finding.rule == 'schema.pattern'
assert finding.pointer == '/ecommerce/currency'
assert finding.severity == 'error'

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/test/datalayer/refund.json:3:61 error ')
assert log.contains('/ecommerce/currency [schema.pattern]')
assert log.contains('1 finding at or above error (failOn); see target/datalayer-lint/report.json')
assert log.contains('BUILD FAILURE')
