package io.govreport.extractor.indicators;

/**
 * A number with its unit as written in the text: "4.2万余铺", "6%—7%", "千亿元", "3.5%以内".
 *
 * @param start  offset of its first character
 * @param end    offset after its last character (after a suffix such as 左右)
 * @param value  the value in the base unit, multipliers applied
 * @param upper  the upper end of a range, or null
 * @param approx what 余/多/左右/以上/以内 written with it say, or null
 */
record Quantity(int start, int end, double value, Double upper, Unit unit, String approx) {
}
