/** The commands of the command-line tool and their helpers; not an API, free to change. */
package dev.trustrules.cli.internal;
