import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/datalayer-lint/report.json'))
assert report.findings.size() == 1
def finding = report.findings[0]
assert finding.file == 'recorded/refund.json'
assert finding.line == 3
assert finding.rule == 'schema.pattern'
assert finding.pointer == '/ecommerce/currency'

def log = new File(basedir, 'build.log').text
assert log.contains('recorded/refund.json:3:61 error ')
assert log.contains('[schema.pattern]')
assert log.contains('(fail level: never)')
