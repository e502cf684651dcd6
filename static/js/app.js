// Small, purposeful behaviours. No inline scripts (CSP).
