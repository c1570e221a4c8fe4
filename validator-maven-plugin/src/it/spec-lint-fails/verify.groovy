// A broken tagging-spec page fails the build, with each finding at its row's line (the seed page's defects).
import groovy.json.JsonSlurper

def report = new JsonSlurper().parse(new File(basedir, 'target/datalayer-lint/spec/report.json'))
assert report.summary.files == 1
assert report.findings.any { it.file == 'specs/refund.md' && it.line == 51 && it.rule == 'spec.pattern-on-number' }
assert report.findings.any { it.line == 54 && it.rule == 'spec.ga4-unknown-parameter' }

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] specs/refund.md:51:')
assert log.contains('[spec.pattern-on-number]')
assert log.contains('at or above error (failOn); see target/datalayer-lint/spec/report.json')
assert log.contains('BUILD FAILURE')
