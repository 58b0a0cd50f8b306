/** Value types and exceptions used by every module; no Spring beans. */
package csms.shared;
