package dev.trustrules.flink;

import dev.trustrules.PolicyId;
import dev.trustrules.diff.DiffReport;

/** What one parallel task of the what-if counted, with the two policies it decided on; merged at the end. */
record WhatIfPart(PolicyId baseline, PolicyId candidate, DiffReport report) {}
