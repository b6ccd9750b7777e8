package org.comity.web.view;

/** A chart the page's script draws: its accessible label and its ECharts option as JSON (the axes named in it). */
public record Chart(String label, String option) {}
