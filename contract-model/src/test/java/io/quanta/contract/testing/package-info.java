/** Test support: fixtures and real servers shared by the tests of this module. */
package io.quanta.contract.testing;
