package org.verbund.core.eventstore;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Makes every command answer with a {@link WriteReceipt}: the storage engine notes the commit it stores in the unit of
 * work ({@link #recorded}), and this interceptor hands it to the receipt once the unit of work has committed.
 */
public class WriteReceipts implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String COMMIT = WriteReceipts.class.getName() + ".commit";

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                         InterceptorChain interceptorChain) throws Exception {
        WriteReceipt receipt = new WriteReceipt(interceptorChain.proceed());
        unitOfWork.afterCommit(committed -> {
            WriteReceipt.Commit commit = committed.root().getResource(COMMIT);
            if (commit != null) {
                receipt.completedBy(commit);
            }
        });
        return receipt;
    }

    /** Called by the storage engine for each commit it stored within the current unit of work. */
    static void recorded(String aggregateId, long version, long position) {
        if (aggregateId != null && CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().root().resources().put(COMMIT, new WriteReceipt.Commit(aggregateId, version,
                                                                                              position));
        }
    }
}
