package nl.wijkafspraken.support;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.AopUtils;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Counts the SQL statements that the current thread sends to the database, for the statement budget (issue #11):
 * the shared context's DataSource is wrapped (datasource-proxy), and {@link #tel} runs a call and returns what it
 * executed. Only the calling thread counts, so a MockMvc request (which runs on the test's thread) is measured
 * without the scheduled jobs or asynchronous listeners that may run at the same time.
 */
public final class Sqlteller {

    private static final ThreadLocal<List<String>> opname = new ThreadLocal<>();

    private Sqlteller() {
    }

    /** The statements the call executed, in order (a batch counts once, with its first statement). */
    public static <T> Opname<T> tel(Supplier<T> actie) {
        var vorige = opname.get();
        var statements = new ArrayList<String>();
        opname.set(statements);
        try {
            var uitkomst = actie.get();
            return new Opname<>(uitkomst, List.copyOf(statements));
        } finally {
            opname.set(vorige);
        }
    }

    /**
     * The session store's own statements (Spring Session JDBC: the session saved after the request, one or two
     * statements whatever the page) are not the page's and stay out of its budget; they are the same for every page.
     */
    static boolean sessieopslag(String sql) {
        return sql.toUpperCase(java.util.Locale.ROOT).contains("SPRING_SESSION");
    }

    public record Opname<T>(T uitkomst, List<String> statements) {

        public int aantal() {
            return statements.size();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class SqltellerConfig {

        @Bean
        static BeanPostProcessor sqltellerDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String naam) {
                    if (bean instanceof DataSource bron && !(bean instanceof ProxyDataSource) && !AopUtils.isAopProxy(bean)) {
                        return metTeller(bron);
                    }
                    return bean;
                }
            };
        }

        /**
         * The DataSource as a subclass proxy of its own type (Flyway derives its owner's DataSource from the type
         * and URL of this one), whose connections come from datasource-proxy.
         */
        private static Object metTeller(DataSource bron) {
            var teller = ProxyDataSourceBuilder.create(bron).name("sqlteller")
                    .afterQuery((uitvoering, queries) -> {
                        var lijst = opname.get();
                        if (lijst != null && !queries.isEmpty() && !sessieopslag(queries.get(0).getQuery())) {
                            lijst.add(queries.get(0).getQuery());
                        }
                    })
                    .build();
            var fabriek = new ProxyFactory(bron);
            fabriek.setProxyTargetClass(true);
            fabriek.addAdvice((MethodInterceptor) aanroep -> {
                if (aanroep.getMethod().getName().equals("getConnection")) {
                    return aanroep.getArguments().length == 0 ? teller.getConnection()
                            : teller.getConnection((String) aanroep.getArguments()[0],
                                    (String) aanroep.getArguments()[1]);
                }
                return aanroep.proceed();
            });
            return fabriek.getProxy();
        }
    }
}
