// Startup of `./wfm shell`: the wfm library's packages, imported so analysts can type short names.
import java.nio.file.*;
import java.time.*;
import java.util.*;
import org.wfm.core.*;
import org.wfm.core.calls.*;
import org.wfm.core.io.*;
import org.wfm.core.queue.*;
import org.wfm.core.sim.*;
import org.wfm.core.workforce.*;
import org.wfm.forecast.*;
import org.wfm.scheduler.*;
import org.wfm.scheduler.bound.*;
import org.wfm.examples.*;
import org.wfm.examples.report.*;
import org.wfm.examples.sample.*;
