/** Tests of {@code quanta new} and {@code quanta templates}: built-in and team templates, names, folders. */
package io.quanta.cli.scaffold;
