/**
 * Reading scenario files through the shared JSON and YAML mappers (as {@code ScenarioDocument} and
 * {@code ExpectDocument} records, whose {@code given} is a request of the JSON form) and comparing
 * their expectations with decisions.
 */
package dev.trustrules.internal.scenario;
