package com.headroom.outreach;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * How many connections members' last Connections.csv imports held. Warm introductions own
 * the imports and answer this; the limits engine adds the acceptances logged since.
 */
public interface NetworkSizes {

    Optional<ImportedNetwork> of(long memberId);

    Map<Long, ImportedNetwork> of(Collection<Long> memberIds);

}
