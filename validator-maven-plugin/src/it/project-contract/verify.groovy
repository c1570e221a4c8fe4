import groovy.json.JsonSlurper

// The shipped ga4/refund passes this push; the project's override requires a coupon.
def report = new JsonSlurper().parse(new File(basedir, 'target/datalayer-lint/report.json'))
assert report.findings.size() == 1 : report.findings
def finding = report.findings[0]
assert finding.file == 'src/test/datalayer/refund.json'
assert finding.line == 3 // the key of ecommerce, the object that lacks the coupon
assert finding.rule == 'schema.required'
assert finding.pointer == '/ecommerce/coupon'

def log = new File(basedir, 'build.log').text
assert log.contains('src/test/datalayer/refund.json:3:3 error ')
assert log.contains('/ecommerce/coupon [schema.required]')
