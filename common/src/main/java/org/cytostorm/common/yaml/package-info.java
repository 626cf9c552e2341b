/**
 * YAML read with the line of every key and value ({@link org.cytostorm.common.yaml.YamlDocument},
 * {@link org.cytostorm.common.yaml.YamlNode}), typed reads that fail naming file, line and key
 * ({@link org.cytostorm.common.yaml.Expect}), and numbers with units
 * ({@link org.cytostorm.common.yaml.Measure}, {@link org.cytostorm.common.yaml.FieldUnits}).
 * Aliases, several documents and duplicate keys are refused.
 */
package org.cytostorm.common.yaml;
