/** Load stage: reads a policy's files (a directory, the classpath) and splits them into versions. */
package dev.trustrules.internal.load;
