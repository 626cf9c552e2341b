/**
 * JMH benchmarks of the engine, the patient model and the tissue, with the hand-written and minimal
 * references they are compared with (bench/README.md, docs/benchmarks.md).
 */
package org.cytostorm.bench;
