evaluate(new File(itDir, 'expected-diagnostics.groovy'))
