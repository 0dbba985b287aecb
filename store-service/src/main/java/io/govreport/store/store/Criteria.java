package io.govreport.store.store;

import com.mongodb.client.model.Filters;
import io.govreport.model.Region;
import org.bson.conversions.Bson;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds query filters from user values. Every value goes in as a literal: equality on strings, or a prefix regex of
 * digits only, so {@code {"$gt": ""}} means nothing.
 */
final class Criteria {
    private static final Pattern REGION_CODE = Pattern.compile("[0-9]{2,12}");

    private Criteria() {
    }

    /** A region given by name (at any level: province, city, district) or by a GB/T 2260 code prefix. */
    static Bson region(String regionPath, String region) {
        if (isCode(region)) {
            return Filters.regex(regionPath + ".code", "^" + region);
        }
        return Filters.or(
                Filters.eq(regionPath + ".name", region),
                Filters.eq(regionPath + ".province", region),
                Filters.eq(regionPath + ".city", region),
                Filters.eq(regionPath + ".district", region));
    }

    /** The same test as {@link #region} on a row already read. */
    static boolean regionMatches(Region row, String region) {
        if (row == null) {
            return false;
        }
        if (isCode(region)) {
            return row.code() != null && row.code().startsWith(region);
        }
        return region.equals(row.name()) || region.equals(row.province()) || region.equals(row.city())
                || region.equals(row.district());
    }

    static boolean isCode(String region) {
        return REGION_CODE.matcher(region).matches();
    }

    static Bson all(List<Bson> filters) {
        return filters.isEmpty() ? Filters.empty() : Filters.and(filters);
    }
}
