/**
 * {@code quanta new} and {@code quanta templates}: quantum templates (folders of files with {@code {{variable}}}
 * placeholders and a {@code template.yaml} manifest), built into the CLI or published by a platform team in a
 * folder of its own, and the scaffolder that copies one into a new quantum folder.
 */
package io.quanta.cli.scaffold;
