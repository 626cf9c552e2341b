# Reference values for org.cytostorm.cohort.stats, computed by R's survival package
# (Therneau; survfit, survdiff, coxph) and stats::prop.test, for the Java tests to match to 1e-6.
#
#   Rscript cohort/src/test/r/survival-reference.R OUTDIR
#
# writes, for every data set NAME,
#   OUTDIR/NAME-data.csv    the data both sides read: time, event (1 = event, 0 = censored),
#                           group (0..k-1), then the Cox covariates
#   OUTDIR/NAME-km.csv      survfit(Surv(time, event) ~ group) and ~ 1 (group "all"): every
#                           distinct time, with R's defaults (Greenwood, conf.type = "log")
#   OUTDIR/NAME-values.csv  key,value: medians (quantile.survfit), survdiff (rho = 0), and two
#                           coxph fits (ties = "efron"): the first covariate alone ("first") and
#                           all covariates ("all")
# and OUTDIR/proportions.csv, Wilson score intervals from prop.test(x, n, correct = FALSE).
#
# The data sets:
#   aml      survival::aml: maintained chemotherapy for acute myelogenous leukaemia, weeks to
#            relapse (Embury et al. 1977, Stanford; as tabulated by Miller, Survival Analysis,
#            Wiley 1981). group 0 = Maintained, 1 = Nonmaintained; tied times (5, 8, 33, 45).
#   veteran  survival::veteran: Veterans' Administration lung cancer trial, days (Kalbfleisch and
#            Prentice, The Statistical Analysis of Failure Time Data, Wiley 1980, appendix I).
#            group = cell type (0 squamous, 1 smallcell, 2 adeno, 3 large): a 4-group log-rank test;
#            covariates arm (trt 2 = 1), karno, age and the cell-type indicators; 36 tied times.
#   trial    simulated two-arm trial (seed below): exponential times to death rounded up to whole
#            days, so many ties, with dropout and administrative censoring at day 28; covariates
#            arm, age, sex.
#   threearm simulated three-arm trial in hours, rounded to half hours; covariates arm1, arm2 and
#            a log baseline IL-6.
#   edges    hand-made: a curve that falls to 0 (Greenwood's term is infinite), one exactly at 0.5
#            over an interval (the median is the midpoint), one that ends flat at 0.5, one whose
#            median is not reached, an event and a censoring at the same time.
#
# Every number is printed with 15 significant digits ("%.15g"), NA where R gives NA. The R script
# reads each data file back before fitting, so R and Java see the same decimal text.
# cohort/check-against-r.sh re-runs this script and compares its output with the committed copy.

suppressPackageStartupMessages(library(survival))

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript survival-reference.R OUTDIR")
out <- args[1]
dir.create(out, showWarnings = FALSE, recursive = TRUE)

num <- function(x) sprintf("%.15g", x)

write_table <- function(df, file) {
  cols <- lapply(df, function(col) if (is.numeric(col)) num(col) else as.character(col))
  lines <- c(paste(names(df), collapse = ","), do.call(paste, c(cols, sep = ",")))
  writeLines(lines, file.path(out, file))
}

# ---- data sets ------------------------------------------------------------------------------

aml_data <- data.frame(time = aml$time, event = aml$status,
                       group = as.integer(aml$x == "Nonmaintained"))
aml_data$arm <- aml_data$group

veteran_data <- data.frame(time = veteran$time, event = veteran$status,
                           group = as.integer(veteran$celltype) - 1L,
                           arm = as.integer(veteran$trt == 2), karno = veteran$karno,
                           age = veteran$age,
                           smallcell = as.integer(veteran$celltype == "smallcell"),
                           adeno = as.integer(veteran$celltype == "adeno"),
                           large = as.integer(veteran$celltype == "large"))

set.seed(20240516, kind = "Mersenne-Twister", normal.kind = "Inversion")
n <- 400
arm <- rep(c(0L, 1L), length.out = n)
age <- round(rnorm(n, 60, 12), 1)
sex <- rbinom(n, 1, 0.5)
rate <- 0.03 * exp(log(0.6) * arm + 0.03 * (age - 60) + 0.3 * sex)      # per day
death <- ceiling(rexp(n, rate))
dropout <- ceiling(rexp(n, 0.005))
end <- pmin(dropout, 28)
trial_data <- data.frame(time = pmin(death, end), event = as.integer(death <= end),
                         group = arm, arm = arm, age = age, sex = sex)

set.seed(16, kind = "Mersenne-Twister", normal.kind = "Inversion")
n <- 180
group <- rep(0:2, length.out = n)
log_il6 <- round(rnorm(n, 4, 1), 2)
rate <- 0.002 * exp(c(0, -0.3, -0.7)[group + 1] + 0.4 * (log_il6 - 4))  # per hour
death <- round(2 * rexp(n, rate)) / 2 + 0.5
dropout <- round(2 * runif(n, 100, 2000)) / 2
end <- pmin(dropout, 672)
threearm_data <- data.frame(time = pmin(death, end), event = as.integer(death <= end),
                            group = group, arm1 = as.integer(group == 1),
                            arm2 = as.integer(group == 2), log_il6 = log_il6)

edges_data <- data.frame(
  time  = c(1, 1, 2, 2, 2, 3, 4, 5, 6, 7,   1, 1, 2, 2, 3, 4, 6, 9,   2, 4, 5, 5, 8, 8),
  event = c(1, 1, 1, 1, 1, 0, 1, 1, 0, 1,   1, 1, 1, 1, 0, 0, 0, 0,   1, 0, 0, 1, 0, 0),
  group = c(rep(0L, 10), rep(1L, 8), rep(2L, 6)))
edges_data$g1 <- as.integer(edges_data$group == 1)
edges_data$g2 <- as.integer(edges_data$group == 2)

# ---- reference values -----------------------------------------------------------------------

km_rows <- function(fit, labels) {
  data.frame(group = labels, time = fit$time, n_risk = fit$n.risk, n_event = fit$n.event,
             n_censor = fit$n.censor, surv = fit$surv, std_err_log = fit$std.err,
             std_err = fit$std.err * fit$surv, lower = fit$lower, upper = fit$upper)
}

reference <- function(name, d) {
  write_table(d, paste0(name, "-data.csv"))
  d <- read.csv(file.path(out, paste0(name, "-data.csv")))
  covariates <- setdiff(names(d), c("time", "event", "group"))
  d$g <- factor(d$group)
  values <- list()
  put <- function(key, value) values[[key]] <<- value

  # Kaplan-Meier: by group, then pooled
  fit <- survfit(Surv(time, event) ~ g, data = d)
  pooled <- survfit(Surv(time, event) ~ 1, data = d)
  labels <- rep(levels(d$g), fit$strata)
  write_table(rbind(km_rows(fit, labels), km_rows(pooled, "all")), paste0(name, "-km.csv"))
  med <- quantile(fit, probs = 0.5, conf.int = TRUE)
  for (i in seq_along(levels(d$g))) {
    g <- levels(d$g)[i]
    put(paste0("median.", g), med$quantile[i, 1])
    put(paste0("median_lower.", g), med$lower[i, 1])
    put(paste0("median_upper.", g), med$upper[i, 1])
  }
  med <- quantile(pooled, probs = 0.5, conf.int = TRUE)
  put("median.all", med$quantile[[1]])
  put("median_lower.all", med$lower[[1]])
  put("median_upper.all", med$upper[[1]])

  # log-rank (survdiff, rho = 0); df and p as print.survdiff computes them
  lr <- survdiff(Surv(time, event) ~ g, data = d)
  df <- sum(lr$exp > 0) - 1
  put("logrank.chisq", lr$chisq)
  put("logrank.df", df)
  put("logrank.p", pchisq(lr$chisq, df, lower.tail = FALSE))
  for (i in seq_along(levels(d$g))) {
    g <- levels(d$g)[i]
    put(paste0("logrank.n.", g), lr$n[[i]])
    put(paste0("logrank.observed.", g), lr$obs[i])
    put(paste0("logrank.expected.", g), lr$exp[i])
  }

  # Cox (Efron ties, R's defaults otherwise)
  models <- list(first = covariates[1], all = covariates)
  for (m in names(models)) {
    f <- as.formula(paste("Surv(time, event) ~", paste(models[[m]], collapse = " + ")))
    cox <- coxph(f, data = d, ties = "efron")
    s <- summary(cox)
    key <- function(what) paste0("cox.", m, ".", what)
    for (v in models[[m]]) {
      put(key(paste0("coef.", v)), s$coefficients[v, "coef"])
      put(key(paste0("se.", v)), s$coefficients[v, "se(coef)"])
      put(key(paste0("hr.", v)), s$conf.int[v, "exp(coef)"])
      put(key(paste0("hr_lower.", v)), s$conf.int[v, "lower .95"])
      put(key(paste0("hr_upper.", v)), s$conf.int[v, "upper .95"])
      put(key(paste0("z.", v)), s$coefficients[v, "z"])
      put(key(paste0("p.", v)), s$coefficients[v, "Pr(>|z|)"])
    }
    put(key("n"), cox$n)
    put(key("events"), cox$nevent)
    put(key("loglik0"), cox$loglik[1])
    put(key("loglik"), cox$loglik[2])
    put(key("iterations"), cox$iter)
    # the tests unrounded (summary.coxph rounds the Wald statistic to 2 decimals)
    df <- length(models[[m]])
    lrt <- 2 * (cox$loglik[2] - cox$loglik[1])
    put(key("df"), df)
    put(key("lrt"), lrt)
    put(key("lrt_p"), pchisq(lrt, df, lower.tail = FALSE))
    put(key("wald"), cox$wald.test)
    put(key("wald_p"), pchisq(cox$wald.test, df, lower.tail = FALSE))
    put(key("score"), cox$score)
    put(key("score_p"), pchisq(cox$score, df, lower.tail = FALSE))
  }

  write_table(data.frame(key = names(values), value = unlist(values, use.names = FALSE)),
              paste0(name, "-values.csv"))
}

reference("aml", aml_data)
reference("veteran", veteran_data)
reference("trial", trial_data)
reference("threearm", threearm_data)
reference("edges", edges_data)

# Wilson score intervals: prop.test without continuity correction gives the Wilson interval
# (Newcombe 1998, Stat Med 17:857, method 3). The first four are Newcombe's table examples.
cases <- rbind(c(81, 263), c(15, 148), c(0, 20), c(1, 29), c(29, 29), c(10, 100), c(20, 100),
               c(56, 70), c(48, 80), c(9, 10), c(3, 10), c(5, 56), c(0, 10), c(1, 1))
wilson <- t(apply(cases, 1, function(c) {
  ci <- suppressWarnings(prop.test(c[1], c[2], correct = FALSE))$conf.int
  c(c[1], c[2], c[1] / c[2], ci[1], ci[2])
}))
colnames(wilson) <- c("events", "n", "estimate", "lower", "upper")
write_table(as.data.frame(wilson), "proportions.csv")
