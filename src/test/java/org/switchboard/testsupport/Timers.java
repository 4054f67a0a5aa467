package org.switchboard.testsupport;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerService;

import java.util.List;

/** The module's timers as the EJB container holds them, for tests that check the schedules are armed. */
@Stateless
public class Timers {

    @Resource
    TimerService timers;

    /** The info of every timer of the WAR (getAllTimers spans all its beans). */
    public List<String> armed() {
        return timers.getAllTimers().stream().map(Timer::getInfo).map(String::valueOf).sorted().toList();
    }
}
