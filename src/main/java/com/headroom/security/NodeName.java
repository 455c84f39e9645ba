package com.headroom.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which app node this is, as the database records it next to each signed-in session and
 * each scheduled job's run: HEADROOM_NODE_NAME when set (the cluster kit names its
 * nodes), else the host's name and the server's port, which tell two nodes on one machine
 * apart.
 */
@Component
public class NodeName {

    private final String name;

    NodeName(@Value("${headroom.node-name:}") String configured, @Value("${server.port:8080}") String port) {
        this.name = configured.isBlank() ? hostName() + ":" + port : configured.strip();
    }

    public String get() {
        return name.length() > 100 ? name.substring(0, 100) : name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            return "localhost";
        }
    }

}
