package org.comity.domain.rules;

import org.comity.domain.Coded;

/** Whether the state takes part in the body's work, member or not. */
public enum Participation implements Coded { PARTICIPATING, CEASED }
