assert !new File(basedir, 'target/datalayer-lint').exists()
assert new File(basedir, 'build.log').text.contains('datalayer-lint: skipped (datalayer.skip)')
