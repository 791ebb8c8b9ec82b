// LEAD: read /work/wt-platforms/HELPER_RULES.md before writing this file (rules, deadline, scope).
