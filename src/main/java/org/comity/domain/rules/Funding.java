package org.comity.domain.rules;

import org.comity.domain.Coded;

/** What the record says of the state's money for the body: cut by an act, or restored after a cut. */
public enum Funding implements Coded { FUNDING, CUT, RESTORED }
