/**
 * The lead model: {@link org.leadqualification.model.Lead} and its parts. Immutable, validated records that map
 * one to one to the JSON wire format; start with {@link org.leadqualification.model.Lead#builder(String)}.
 */
package org.leadqualification.model;
