/** The lineage graph across quanta, walked level by level with one query per level and direction. */
package io.quanta.dictionary.lineage;
