/**
 * The search UI: static pages, scripts and styles shipped in the dictionary jar under {@code ui/}, plus the
 * graph library's WebJar, served at {@code /} next to the JSON API under {@code /api}.
 */
package io.quanta.dictionary.ui;
