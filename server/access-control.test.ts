import { accessControlSuite } from "./access-control.suite.ts";

// The access table on the embedded database, in two halves (access-control-2.test.ts has the
// other); the PostgreSQL runs are their own files, so the longest suites run side by side.
accessControlSuite("pglite", "people and coalitions");
