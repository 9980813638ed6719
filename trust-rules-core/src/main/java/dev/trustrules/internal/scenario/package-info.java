/** Reading scenario files and comparing their expectations with decisions. */
package dev.trustrules.internal.scenario;
