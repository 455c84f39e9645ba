package com.headroom.team;

/** Start-up refused: nobody could administer this deployment. */
public class NoAdministratorException extends RuntimeException {

    public NoAdministratorException(String message) {
        super(message);
    }

}
