package vn.cchc.dashboard.domain;

/** What an indicator's figure is: a rate in percent, a count, or a score on a scale. */
public enum IndicatorType { PERCENT, COUNT, SCORE }
